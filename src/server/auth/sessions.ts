import { randomUUID } from 'node:crypto';
import type { Role } from '../roles';
import { HubError } from '../errors';
import type { AccountStore, DeviceRecord, DeviceStore, UserRecord } from '../store/types';
import { decoyHash, verifyPassword } from './passwords';
import { Throttle } from './throttle';
import { hashToken, newRefreshToken, refreshTokenDevice, sameHash, type TokenSigner } from './tokens';

export interface SessionOptions {
  accessTokenTtlMs: number;
  refreshTokenTtlMs: number;
  /** Failed sign-ins allowed per email, and sign-in attempts per address, per window. */
  signInPerEmail: { limit: number; windowMs: number };
  signInPerAddress: { limit: number; windowMs: number };
  now: () => Date;
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  deviceId: string;
  user: { id: string; email: string; role: Role };
}

/** A verified access token with the live state of its user and device. */
export interface Authenticated {
  user: UserRecord;
  device: DeviceRecord;
  expiresAt: number;
}

/** Sign-in, refresh, verification and revocation of devices. */
export class Sessions {
  private readonly perEmail: Throttle;
  private readonly perAddress: Throttle;

  constructor(
    private readonly accounts: AccountStore,
    private readonly devices: DeviceStore,
    private readonly signer: TokenSigner,
    private readonly options: SessionOptions,
  ) {
    this.perEmail = new Throttle(options.signInPerEmail.limit, options.signInPerEmail.windowMs);
    this.perAddress = new Throttle(options.signInPerAddress.limit, options.signInPerAddress.windowMs);
  }

  async login(input: { email: string; password: string; deviceName: string }, address: string): Promise<IssuedTokens> {
    const now = this.options.now().getTime();
    const emailKey = input.email.toLowerCase();
    const wait = Math.max(this.perAddress.retryAfter(address, now), this.perEmail.retryAfter(emailKey, now));
    if (wait > 0) throw new HubError('too_many_requests', 'Too many sign-in attempts; try again later.', { retryAfterMs: wait });
    this.perAddress.record(address, now);

    const user = await this.accounts.byEmail(input.email);
    // Unknown emails still pay for a hash, so timing does not reveal which accounts exist.
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !matches || user.disabledAt) {
      this.perEmail.record(emailKey, now);
      throw new HubError('invalid_credentials', 'The email or password is not correct, or the account is disabled.');
    }
    this.perEmail.reset(emailKey);
    const refreshExpiresAt = new Date(now + this.options.refreshTokenTtlMs);
    const deviceId = randomUUID();
    const refreshToken = newRefreshToken(deviceId);
    await this.devices.create({ id: deviceId, userId: user.id, name: input.deviceName, refreshHash: hashToken(refreshToken), refreshExpiresAt });
    return this.issue(user, deviceId, refreshToken, now);
  }

  /**
   * Exchanges a refresh token for new tokens. A token that was already replaced means it was
   * copied (or the answer to a refresh was lost): the device is revoked and must sign in again.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const now = this.options.now().getTime();
    const refused = () => new HubError('unauthorized', 'The refresh token is not valid; sign in again.');
    const deviceId = refreshTokenDevice(refreshToken);
    const device = deviceId ? await this.devices.byId(deviceId) : undefined;
    if (!device || device.revokedAt || Date.parse(device.refreshExpiresAt) <= now) throw refused();
    const presented = hashToken(refreshToken);
    if (!sameHash(presented, device.refreshHash)) {
      if (device.previousRefreshHash && sameHash(presented, device.previousRefreshHash)) {
        await this.devices.revoke(device.id);
        throw new HubError('token_reused', 'This refresh token was already used; the device was signed out. Sign in again.');
      }
      throw refused();
    }
    const user = await this.accounts.byId(device.userId);
    if (!user || user.disabledAt) throw refused();
    const next = newRefreshToken(device.id);
    if (!(await this.devices.rotate(device.id, presented, hashToken(next), new Date(now + this.options.refreshTokenTtlMs)))) throw refused();
    return this.issue(user, device.id, next, now);
  }

  /** The user and device behind an access token, if the token is valid and both are active. */
  async authenticate(accessToken: string): Promise<Authenticated | undefined> {
    const claims = this.signer.verify(accessToken, this.options.now().getTime());
    if (!claims) return undefined;
    const live = await this.stillActive(claims.sub, claims.dev);
    return live ? { ...live, expiresAt: claims.exp } : undefined;
  }

  /** The user and device if neither was disabled or revoked since the token was issued. */
  async stillActive(userId: string, deviceId: string): Promise<{ user: UserRecord; device: DeviceRecord } | undefined> {
    const device = await this.devices.byId(deviceId);
    if (!device || device.revokedAt || device.userId !== userId) return undefined;
    const user = await this.accounts.byId(userId);
    if (!user || user.disabledAt) return undefined;
    return { user, device };
  }

  private issue(user: UserRecord, deviceId: string, refreshToken: string, now: number): IssuedTokens {
    const exp = now + this.options.accessTokenTtlMs;
    return {
      accessToken: this.signer.sign({ sub: user.id, dev: deviceId, iat: now, exp }),
      accessTokenExpiresAt: new Date(exp).toISOString(),
      refreshToken,
      deviceId,
      user: { id: user.id, email: user.email, role: user.role },
    };
  }
}
