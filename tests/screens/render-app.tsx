// Renders the whole app (shell, menu, router) at a hash route against the fake client, as the
// user sees it; returns Testing Library's queries and a user-event session.
import './dom-setup.ts';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, expect } from 'vitest';
import { App } from '../../renderer/app/App.tsx';
import { installFakeClient, type FakeClient } from './fake-client.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';

let current: FakeClient | null = null;

afterEach(() => {
  cleanup();
  current?.close();
  current = null;
  sessionStorage.clear();
  location.hash = '';
});

/** `keepSession`: the test has put a list state in sessionStorage first. */
export async function renderApp(hash = '#/list', doc?: PlanDocument, opts: { keepSession?: boolean; before?: (fake: FakeClient) => Promise<void> | void } = {}) {
  current = installFakeClient(doc);
  await opts.before?.(current);
  if (!opts.keepSession) sessionStorage.clear();
  location.hash = hash;
  const user = userEvent.setup();
  const utils = render(<App />);
  await waitFor(() => expect(document.querySelector('.app-main > p[role="status"]')).toBeNull());
  return { ...utils, user, fake: current, screen };
}

/** Goes to another route the way a link does. */
export async function go(hash: string) {
  location.hash = hash;
  await new Promise((r) => setTimeout(r, 0));
}
