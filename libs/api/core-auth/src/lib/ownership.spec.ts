import { ItemNotFoundException } from '@kbdm/api/core-errors';
import { assertAccess, mayAccess } from './ownership';

const owner = { id: 'u-1', role: 'entrepreneur' };
const stranger = { id: 'u-2', role: 'entrepreneur' };
const officer = { id: 'u-3', role: 'officer' };
const application = { id: 'a-1', ownerId: 'u-1' };
const policy = { kind: 'application', staffRoles: ['officer', 'admin'] };

describe('ownership', () => {
  it('lets the owner and the staff roles through and no one else', () => {
    expect(mayAccess(owner, application, policy)).toBe(true);
    expect(mayAccess(officer, application, policy)).toBe(true);
    expect(mayAccess(stranger, application, policy)).toBe(false);
    expect(mayAccess(officer, application, { kind: 'session' })).toBe(false);
  });

  it('returns the object to those who may reach it', () => {
    expect(assertAccess(owner, application, policy)).toBe(application);
  });

  it('answers a stranger exactly as it answers an id that does not exist', () => {
    const refused = catchError(() => assertAccess(stranger, application, policy));
    const missing = catchError(() => assertAccess(stranger, null, policy, 'a-1'));
    expect(refused).toBeInstanceOf(ItemNotFoundException);
    expect(missing).toBeInstanceOf(ItemNotFoundException);
    expect({ ...refused, stack: undefined }).toEqual({ ...missing, stack: undefined });
    expect(refused.message).toBe(missing.message);
    expect(refused).toMatchObject({ status: 404, code: 'application_not_found' });
  });
});

function catchError(run: () => unknown): ItemNotFoundException {
  try {
    run();
  } catch (error) {
    return error as ItemNotFoundException;
  }
  throw new Error('expected a refusal');
}
