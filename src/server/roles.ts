import { z } from 'zod';

/**
 * Who may do what on the hub:
 * - admin: accounts, devices, and every document (read and write);
 * - coordinator: reads every document, assigns exercises;
 * - facilitator: reads and writes the exercises assigned to them and those they created;
 * - observer: reads the exercises assigned to them.
 */
export const roles = ['admin', 'coordinator', 'facilitator', 'observer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
