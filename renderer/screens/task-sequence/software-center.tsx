import { useId } from 'react';
import type { ScreenViewOf } from '../../../shared/snapshot';
import { useCommands } from '../../state/commands';
import { TASK_SEQUENCE_STRINGS as S } from './task-sequence-strings';

type View = ScreenViewOf<'task-sequence'>;

/** Software Center → Operating Systems with the task sequence and its "Install" button (001:11877–11878). */
export function SoftwareCenter({ view }: { view: View }) {
  const { click } = useCommands();
  const titleId = useId();
  const confirmId = useId();
  return (
    <>
      <section className="sc-window" aria-labelledby={titleId}>
        <header className="sc-window__titlebar">
          <h1 id={titleId} className="sc-window__title">
            {S.softwareCenter}
          </h1>
        </header>
        <div className="sc-window__body">
          <nav className="sc-nav" aria-label={view.organizationName}>
            <p className="sc-nav__org">{view.organizationName}</p>
            <ul>
              {S.navigation.map((item) => (
                <li
                  key={item}
                  className={item === S.operatingSystems ? 'sc-nav__item sc-nav__item--selected' : 'sc-nav__item'}
                  aria-current={item === S.operatingSystems ? 'page' : undefined}
                >
                  {item}
                </li>
              ))}
            </ul>
          </nav>
          <main className="sc-main">
            <h2 className="sc-main__heading">{S.operatingSystems}</h2>
            <ul className="sc-list" aria-label={S.operatingSystems}>
              <li className="sc-entry">
                <span className="sc-entry__icon" aria-hidden="true" />
                <span className="sc-entry__text">
                  <span className="sc-entry__name">{view.entry.name}</span>
                  <span className="sc-entry__publisher">{view.entry.publisher}</span>
                  <span className="sc-entry__status">{S.available}</span>
                </span>
                <button
                  type="button"
                  className="sc-button sc-button--primary"
                  data-control="install"
                  disabled={view.stage !== 'software-center'}
                  onClick={() => click('install')}
                >
                  {S.install}
                </button>
              </li>
            </ul>
          </main>
        </div>
      </section>
      {view.stage === 'confirm' ? (
        <div className="sc-modal-backdrop">
          <section className="sc-dialog" role="alertdialog" aria-modal="true" aria-labelledby={confirmId}>
            <p className="sc-dialog__caption">{S.softwareCenter}</p>
            <h2 id={confirmId} className="sc-dialog__title">
              {S.confirmTitle}
            </h2>
            <p className="sc-dialog__text">{S.confirmText}</p>
            <div className="sc-dialog__buttons">
              <button
                type="button"
                className="sc-button sc-button--primary"
                data-control="install-operating-system"
                onClick={() => click('install-operating-system')}
              >
                {S.confirmInstall}
              </button>
              <button type="button" className="sc-button" data-control="cancel" onClick={() => click('cancel')}>
                {S.cancel}
              </button>
            </div>
          </section>
        </div>
      ) : null}
    </>
  );
}
