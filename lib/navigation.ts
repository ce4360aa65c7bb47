export interface NavItem {
  key: 'breathe' | 'sessions' | 'trends' | 'clients' | 'settings';
  href: string;
  /** Who sees the link: anyone, anyone signed in, or practitioners only. */
  audience: 'everyone' | 'signed-in' | 'practitioner';
}

// Only pages that exist and work are listed here; each feature adds its page when it lands.
const items: NavItem[] = [
  { key: 'breathe', href: '/breathe', audience: 'everyone' },
  { key: 'sessions', href: '/sessions', audience: 'signed-in' },
  { key: 'trends', href: '/trends', audience: 'signed-in' },
  { key: 'clients', href: '/clients', audience: 'practitioner' },
  { key: 'settings', href: '/settings', audience: 'signed-in' },
];

export function getNavItems(role: string | null): NavItem[] {
  return items.filter(
    (item) =>
      item.audience === 'everyone' ||
      (item.audience === 'signed-in' && role !== null) ||
      (item.audience === 'practitioner' && role === 'practitioner'),
  );
}
