// The IPC channel of each contract method. Shared by main and preload so both name them alike.
import type { MethodName } from '../../shared/api/contract.ts';

export const CHANNEL_PREFIX = 'plan-desk:';
export const channelOf = (name: MethodName) => `${CHANNEL_PREFIX}${name}`;
