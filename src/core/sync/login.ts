import { z } from 'zod';
import { LoginBody } from '../../shared/hub/api';
import type { StoreContext } from '../services/context';
import { SyncFailure } from './errors';
import { HubUrl, hubApi, type Fetch } from './hubApi';
import { forgetAcknowledged } from './pending';
import { forgetSeen } from './seen';
import { saveHubLink, type HubLink, readHubLink } from './hubLink';

export const LoginInput = LoginBody.extend({ hubUrl: HubUrl });
export type LoginInput = z.input<typeof LoginInput>;

/**
 * Signs this data folder in to a hub as a new device and keeps the device's refresh token in
 * the store (never printed). Returns the stored link without the token.
 */
export async function login(store: StoreContext, input: LoginInput, options: { fetch?: Fetch } = {}): Promise<Omit<HubLink, 'refreshToken'>> {
  const parsed = LoginInput.safeParse(input);
  if (!parsed.success) {
    throw new SyncFailure('hub_refused', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('\n'));
  }
  const { hubUrl, ...body } = parsed.data;
  const tokens = await hubApi.login(hubUrl, body, options.fetch);
  saveHubLink(store.db, hubUrl, tokens, store.now());
  // What was acknowledged and pulled belonged to the previous sign-in, perhaps another hub.
  forgetAcknowledged(store.db);
  forgetSeen(store.db);
  const { refreshToken: _secret, ...link } = readHubLink(store.db)!;
  return link;
}
