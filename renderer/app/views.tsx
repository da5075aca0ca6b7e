// The app's screens, in menu order. A new screen is one entry here (and its own folder in views/).
import type { ComponentType } from 'react';
import { InitiativeList } from '../views/list/InitiativeList.tsx';
import { InitiativeDetail } from '../views/detail/InitiativeDetail.tsx';

export interface ViewDef {
  id: string;
  label: string;
  /** Shown in the side menu; detail pages are reached from other views. */
  inMenu: boolean;
  component: ComponentType<{ param: string | null }>;
}

export const views: ViewDef[] = [
  { id: 'list', label: '取組一覧', inMenu: true, component: InitiativeList },
  { id: 'initiative', label: '取組の詳細', inMenu: false, component: InitiativeDetail },
];
