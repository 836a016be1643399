// Each page's h1 takes focus when the page opens, so keyboard and screen-reader users start at the
// top of what changed instead of wherever the last page left them. The practice page opens in its
// reply box instead (`focusOnOpen={false}`): that is where the person starts.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface PageHeadingProps {
  children: ComponentChildren;
  /** The document title, before " · Mend". */
  title: string;
  focusOnOpen?: boolean;
}

export function PageHeading({ children, title, focusOnOpen = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Mend`;
    if (focusOnOpen) ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
