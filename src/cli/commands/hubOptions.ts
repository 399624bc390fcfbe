import { z } from 'zod';
import { defaultHubDataDir } from '../../server/store/hubStore';

export const hubDataDirOption = z.string().min(1).optional().transform((value) => value ?? defaultHubDataDir());
