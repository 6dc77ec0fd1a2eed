import { hrefFor } from '../../../app/router';
import type { Workspace } from '../workspaces';

interface PrimaryNavProps {
  path: string;
  workspaces: readonly Workspace[];
}

export function PrimaryNav({ path, workspaces }: PrimaryNavProps) {
  const items = [{ path: '/', label: 'Home' }, ...workspaces];
  return (
    <nav className="primary-nav" aria-label="Main">
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={hrefFor(item.path)} aria-current={item.path === path ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
