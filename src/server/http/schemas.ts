import { z } from 'zod';
import { Role } from '../roles';

/**
 * Bodies and queries of the hub's HTTP API. Unknown fields are refused (strict), so a typo in a
 * client shows up as a 400 instead of being ignored. The desktop sync client will import these
 * when it exists (they move to src/shared then).
 */
export const LoginBody = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
  deviceName: z.string().trim().min(1).max(100),
});

export const RefreshBody = z.strictObject({
  refreshToken: z.string().min(16).max(512),
});

export const DevicesQuery = z.strictObject({
  userId: z.uuid().optional(),
});

export const DeviceId = z.uuid();

export const TokensReply = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string(),
  deviceId: z.string(),
  user: z.object({ id: z.string(), email: z.string(), role: Role }),
});
