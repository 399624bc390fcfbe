/** Toolbar glyphs drawn in SVG: emoji and rare symbols are missing from many projector laptops' fonts. */
const frame = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const ImageIcon = () => (
  <svg {...frame}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <circle cx="9" cy="10" r="2" />
    <path d="M21 17l-5-5-9 8" />
  </svg>
);
export const DuplicateIcon = () => (
  <svg {...frame}>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
  </svg>
);
export const LockIcon = ({ open }: { open: boolean }) => (
  <svg {...frame}>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d={open ? 'M8 11V7a4 4 0 0 1 7.5-2' : 'M8 11V7a4 4 0 0 1 8 0v4'} />
  </svg>
);
export const SearchIcon = () => (
  <svg {...frame}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" />
  </svg>
);
/** Align and distribute: a bar on the side things line up to, and two boxes. */
export const AlignIcon = ({ side }: { side: 'left' | 'hcenter' | 'right' | 'top' | 'vcenter' | 'bottom' }) => {
  const paths: Record<typeof side, string> = {
    left: 'M4 3v18M8 6h10v4H8zM8 14h6v4H8z',
    hcenter: 'M12 3v18M6 6h12v4H6zM8 14h8v4H8z',
    right: 'M20 3v18M6 6h10v4H6zM10 14h6v4h-6z',
    top: 'M3 4h18M6 8h4v10H6zM14 8h4v6h-4z',
    vcenter: 'M3 12h18M6 6h4v12H6zM14 8h4v8h-4z',
    bottom: 'M3 20h18M6 6h4v10H6zM14 10h4v6h-4z',
  };
  return (
    <svg {...frame}>
      <path d={paths[side]} />
    </svg>
  );
};
