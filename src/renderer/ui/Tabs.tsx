import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { nextTabIndex } from './tabKeys';

export interface TabItem {
  id: string;
  label: string;
}

export interface TabsProps {
  items: readonly TabItem[];
  value: string;
  onChange: (id: string) => void;
  /** Accessible name of the tablist. */
  label?: string;
  /**
   * Give the same prefix to <TabPanel> to link tabs and panels (aria-controls /
   * aria-labelledby). Without it the tabs point at no panel, which is valid too.
   */
  idPrefix?: string;
}

export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;
export const tabPanelId = (idPrefix: string, id: string) => `${idPrefix}-panel-${id}`;

/**
 * A tablist with a roving tabindex: Tab enters the selected tab, arrows, Home and End move
 * between tabs and select them (automatic activation, as the panels render instantly).
 */
export function Tabs({ items, value, onChange, label, idPrefix }: TabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = Math.max(0, items.findIndex((item) => item.id === value));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextTabIndex(event.key, selectedIndex, items.length);
    const item = next === null ? undefined : items[next];
    if (next === null || !item) return;
    event.preventDefault();
    onChange(item.id);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {items.map((item, index) => {
        const selected = index === selectedIndex;
        return (
          <button
            key={item.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={idPrefix ? tabId(idPrefix, item.id) : undefined}
            aria-controls={idPrefix ? tabPanelId(idPrefix, item.id) : undefined}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'tabs__tab tabs__tab--selected' : 'tabs__tab'}
            onClick={() => onChange(item.id)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel of one tab; render only the selected one. */
export function TabPanel({ idPrefix, id, children }: { idPrefix: string; id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={tabPanelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} tabIndex={0} className="tabs__panel">
      {children}
    </div>
  );
}
