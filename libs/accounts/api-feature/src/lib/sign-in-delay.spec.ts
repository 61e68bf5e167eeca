import { MAX_SIGN_IN_DELAY_SECONDS, signInDelaySeconds } from './sign-in-delay';

describe('signInDelaySeconds', () => {
  it('forgives the first three failures', () => {
    expect([0, 1, 2, 3].map(signInDelaySeconds)).toEqual([0, 0, 0, 0]);
  });

  it('doubles the wait from the fourth failure on', () => {
    expect([4, 5, 6, 7, 8].map(signInDelaySeconds)).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits longer than 15 minutes, however many failures', () => {
    expect(signInDelaySeconds(14)).toBe(MAX_SIGN_IN_DELAY_SECONDS);
    expect(signInDelaySeconds(10_000)).toBe(MAX_SIGN_IN_DELAY_SECONDS);
  });
});
