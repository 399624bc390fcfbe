import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ButtonSize, ButtonVariant } from './Button';

/** A navigation that looks like a button (it is still a link for assistive technology). */
export function ButtonLink({ href, variant = 'secondary', size = 'md', children }: { href: string; variant?: ButtonVariant; size?: ButtonSize; children: ReactNode }) {
  return (
    <Link href={href} className={`button button--${variant} button--${size}`}>
      {children}
    </Link>
  );
}
