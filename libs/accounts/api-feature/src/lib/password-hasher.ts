import { Injectable } from '@nestjs/common';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/** OWASP's Password Storage Cheat Sheet, first argon2id option: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMETERS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Passwords in, argon2id PHC strings out; nothing else in the API sees a password. */
@Injectable()
export class PasswordHasher {
  // Verified when the e-mail is unknown, so that the answer takes as long as for a known one.
  private readonly decoy = hash('decoy password that nobody has', ARGON2_PARAMETERS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMETERS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a refusal, never a 500 that tells the caller something.
      return false;
    }
  }

  async spendVerifyTime(password: string): Promise<void> {
    await this.verify(await this.decoy, password);
  }

  isOutdated(passwordHash: string): boolean {
    return needsRehash(passwordHash, ARGON2_PARAMETERS);
  }
}
