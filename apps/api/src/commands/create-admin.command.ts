import type { AdminUsersService } from '@kbdm/accounts/api-feature';
import { type AdminUser, passwordProblem } from '@kbdm/accounts/domain';
import { parseArgs } from 'node:util';

/** What `create-admin` needs; the password comes from the environment so that it is never in shell history or `ps`. */
export type CreateAdminInput = { email: string; fullName: string; password: string };

/** A mistake in the command line or the environment: printed as is, without a stack. */
export class CommandLineError extends Error {}

export const CREATE_ADMIN_USAGE = 'create-admin --email <e-mail> --name "<full name>"   (password in ADMIN_PASSWORD)';

/** Reads `--email` and `--name` from the arguments and the password from `ADMIN_PASSWORD`; refuses what is missing or weak. */
export function parseCreateAdminArgs(args: string[], env: Record<string, string | undefined>): CreateAdminInput {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { email: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CommandLineError(
      `${error instanceof Error ? error.message : String(error)}\nUsage: ${CREATE_ADMIN_USAGE}`,
    );
  }
  const email = values.email?.trim();
  const fullName = values.name?.trim();
  if (!email || !fullName)
    throw new CommandLineError(`Both --email and --name are required.\nUsage: ${CREATE_ADMIN_USAGE}`);
  const password = env['ADMIN_PASSWORD'];
  if (!password)
    throw new CommandLineError('Set the new administrator’s password in the environment variable ADMIN_PASSWORD.');
  const problem = passwordProblem(password);
  if (problem) throw new CommandLineError(`ADMIN_PASSWORD ${problem}.`);
  return { email, fullName, password };
}

/** Creates the administrator through the same service, policy and audit as `POST /api/v1/admin/users`. */
export function createAdmin(users: AdminUsersService, input: CreateAdminInput): Promise<AdminUser> {
  return users.create({ ...input, role: 'admin' }, { id: null, ip: null });
}
