/** The API's schemas are shared with the desktop sync client; see src/shared/hub/api.ts. */
export { DeviceId, DevicesQuery, DocumentsReply, LoginBody, RefreshBody, TokensReply } from '../../shared/hub/api';
