// Every handler of the contract, in one map: Electron's IPC, the browser host and the CLI all serve this.
import type { Handlers } from '../../shared/api/dispatch.ts';
import type { HandlerContext } from './context.ts';
import { planHandlers } from './plan-handlers.ts';

export const handlers: Handlers<HandlerContext> = {
  ...planHandlers,
};
