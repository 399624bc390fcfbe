/** The roles live with the API contract in src/shared/hub, so the desktop client reads the same list. */
export { roles, Role } from '../shared/hub/api';
