// The app's screens, in menu order. A new screen is one entry here (and its own folder in views/).
import type { ComponentType } from 'react';
import { InitiativeList } from '../views/list/InitiativeList.tsx';
import { InitiativeDetail } from '../views/detail/InitiativeDetail.tsx';
import { InitiativeEditor } from '../views/editor/InitiativeEditor.tsx';
import { DeletedList } from '../views/list/DeletedList.tsx';
import { Dashboard } from '../views/dashboard/Dashboard.tsx';
import { ChecksView } from '../views/checks/ChecksView.tsx';
import { PdfView } from '../views/pdf/PdfView.tsx';
import { PlanSettings } from '../views/plan-settings/PlanSettings.tsx';
import { Departments } from '../views/plan-settings/Departments.tsx';
import { HistoryView } from '../views/history/HistoryView.tsx';
import { RevisionsView } from '../views/revisions/RevisionsView.tsx';
import { ComparePage } from '../views/revisions/ComparePage.tsx';
import { PlanPeriodView, RevisionDocumentView } from '../views/revisions/DocumentView.tsx';
import { SurveyView } from '../views/survey/SurveyView.tsx';
import { HelpView } from '../views/help/HelpView.tsx';

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
  { id: 'edit', label: '取組の編集', inMenu: false, component: InitiativeEditor },
  { id: 'new', label: '取組の追加', inMenu: false, component: InitiativeEditor },
  { id: 'deleted', label: '削除した取組', inMenu: false, component: DeletedList },
  { id: 'dashboard', label: 'ダッシュボード', inMenu: true, component: Dashboard },
  { id: 'checks', label: '点検', inMenu: true, component: ChecksView },
  { id: 'pdf', label: 'PDF 出力', inMenu: true, component: PdfView },
  { id: 'plan-settings', label: '計画の設定', inMenu: true, component: PlanSettings },
  { id: 'departments', label: '課の一覧', inMenu: true, component: Departments },
  { id: 'history', label: '変更履歴', inMenu: true, component: HistoryView },
  { id: 'survey', label: '庁内照会', inMenu: true, component: SurveyView },
  { id: 'revisions', label: '改定版・新旧対照表', inMenu: true, component: RevisionsView },
  { id: 'compare', label: '新旧対照表', inMenu: false, component: ComparePage },
  { id: 'revision', label: '改定版', inMenu: false, component: RevisionDocumentView },
  { id: 'plan-period', label: '終了した計画期間', inMenu: false, component: PlanPeriodView },
  { id: 'help', label: 'ヘルプ', inMenu: true, component: HelpView },
];
