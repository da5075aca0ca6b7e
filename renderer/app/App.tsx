import { useEffect } from 'react';
import { DisplayNameSetting, reopenedNotice, ViewOnlyBanner } from '../components/TerminalStatus.tsx';
import { PlanProvider, usePlan } from './plan-context.tsx';
import { useRoute } from './router.ts';
import { views } from './views.tsx';
import { ConfirmHost } from '../components/ConfirmDialog.tsx';

function Shell() {
  const { plan, error, loading } = usePlan();
  const route = useRoute();
  const view = views.find((v) => v.id === route.view) ?? views[0]!;
  const View = view.component;
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-name">アクションプラン・デスク</div>
        {plan && (
          <div className="plan-name">
            <span className="edition">【{plan.plan.edition}】</span> {plan.plan.title}
            {plan.readOnly && <span className="badge">読み取り専用</span>}
          </div>
        )}
        <DisplayNameSetting />
      </header>
      <ViewOnlyBanner />
      <nav className="app-nav" aria-label="メニュー">
        {views.filter((v) => v.inMenu).map((v) => (
          <a key={v.id} href={`#/${v.id}`} aria-current={v.id === view.id ? 'page' : undefined}>{v.label}</a>
        ))}
      </nav>
      <main className="app-main">
        {loading && <p role="status">読み込み中…</p>}
        {error && <p role="alert" className="error">{error}</p>}
        {!loading && !error && <View param={route.param} />}
      </main>
      <ConfirmHost />
    </div>
  );
}

export function App() {
  useEffect(reopenedNotice, []);
  return (
    <PlanProvider>
      <Shell />
    </PlanProvider>
  );
}
