'use client';
import { useTranslations } from 'next-intl';
import { isPresetTag } from './context-tags';

/** A preset tag in the reader's language; an own tag exactly as the person wrote it. */
export function TagLabel({ tag }: { tag: string }) {
  const t = useTranslations('context.presets');
  return <>{isPresetTag(tag) ? t(tag) : tag}</>;
}
