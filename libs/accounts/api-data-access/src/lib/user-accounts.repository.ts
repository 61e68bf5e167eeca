import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@kbdm/accounts/domain';
import { In, IsNull, Repository } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/** The fields a person may change on their own account; absent ones stay as they are. */
export type ProfileChanges = Partial<
  Pick<
    UserAccountEntity,
    | 'fullName'
    | 'phone'
    | 'districtId'
    | 'businessName'
    | 'businessBinIin'
    | 'businessLegalForm'
    | 'businessOkedCode'
    | 'businessSize'
  >
>;

/** What administrators search the accounts by. */
export type UserAccountSearch = { q?: string; role?: Role; page: number; pageSize: number };

/** `%` and `_` in a search are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type NewUserAccount = {
  email: string;
  passwordHash: string;
  role: Role;
  fullName: string;
  phone: string | null;
  districtId: string | null;
};

/** User accounts: the password hash is read only where a password is checked. */
@Injectable()
export class UserAccountsRepository {
  constructor(@InjectRepository(UserAccountEntity) private readonly accounts: Repository<UserAccountEntity>) {}

  findById(id: string): Promise<UserAccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  /** Officers and administrators who can still sign in, by name: whom work can be assigned to. */
  activeStaff(): Promise<UserAccountEntity[]> {
    return this.accounts.find({
      where: { role: In(['officer', 'admin']), deactivatedAt: IsNull() },
      order: { fullName: 'ASC', id: 'ASC' },
    });
  }

  /** The account with its password hash, found as the unique index compares: regardless of case. */
  findForSignIn(email: string): Promise<UserAccountEntity | null> {
    return this.accounts
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  emailTaken(email: string): Promise<boolean> {
    return this.accounts.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  /** Inserts the account; a taken e-mail raises the database's unique violation (23505). */
  async create(account: NewUserAccount): Promise<UserAccountEntity> {
    const { identifiers } = await this.accounts.insert(account);
    return (await this.findById(identifiers[0]['id'] as string))!;
  }

  /** Accounts whose e-mail or full name contains `q` (any case), newest first. */
  search(search: UserAccountSearch): Promise<[UserAccountEntity[], number]> {
    const query = this.accounts.createQueryBuilder('u').orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'ASC');
    if (search.q) query.andWhere('(u.email ILIKE :q OR u.fullName ILIKE :q)', { q: likePattern(search.q) });
    if (search.role) query.andWhere('u.role = :role', { role: search.role });
    return query
      .skip((search.page - 1) * search.pageSize)
      .take(search.pageSize)
      .getManyAndCount();
  }

  /** A wrong district raises the database's foreign-key violation (`fk_user_account_district`). */
  async updateProfile(id: string, changes: ProfileChanges): Promise<void> {
    if (Object.keys(changes).length > 0) await this.accounts.update({ id }, changes);
  }

  async changeRole(id: string, role: Role): Promise<void> {
    await this.accounts.update({ id }, { role });
  }

  /** Deactivates (a date) or reactivates (null) the account. */
  async setDeactivatedAt(id: string, at: Date | null): Promise<void> {
    await this.accounts.update({ id }, { deactivatedAt: at });
  }

  /** Counts a failed sign-in, atomically, and returns the new count. */
  async countFailedSignIn(id: string): Promise<number> {
    const result = await this.accounts
      .createQueryBuilder()
      .update()
      .set({ failedSignIns: () => 'failed_sign_ins + 1' })
      .where('id = :id', { id })
      .returning('failed_sign_ins')
      .execute();
    return (result.raw as { failed_sign_ins: number }[])[0]?.failed_sign_ins ?? 0;
  }

  async delaySignIn(id: string, notBefore: Date | null): Promise<void> {
    await this.accounts.update({ id }, { signInNotBefore: notBefore });
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.accounts.update({ id }, { passwordHash });
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.accounts.update({ id }, { failedSignIns: 0, signInNotBefore: null, lastSignInAt: at });
  }
}
