import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { PrecautionSettings } from '../components/PrecautionSettings';
import { TopBar } from '../components/TopBar';
import '../../i18n/areas/coach';

/** The precautions skipped at the first run, answered from the home card: tick what applies, then save. */
export function PrecautionsScreen() {
  const app = useApp();
  const save = async () => {
    await app.coach.saveSetup({ ...app.coach.setup(), precautionsPending: false });
    app.router.go('/', { replace: true });
  };
  return (
    <section class="stack" aria-labelledby="precautions-title">
      <TopBar title={t('precautions.title')} titleId="precautions-title" back="/" backLabel={t('nav.home')} />
      <p>{t('precautions.intro')}</p>
      <PrecautionSettings profile={app.profile()} onChange={(profile) => app.setProfile(profile)} />
      <div class="sticky-action">
        <button type="button" class="button primary wide" onClick={() => void save()}>{t('precautions.save')}</button>
      </div>
    </section>
  );
}
