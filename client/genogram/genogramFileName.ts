/**
 * "genogram-Ellie-Hale.svg": the map's title in letters, digits, dashes and underscores only, so
 * the name is safe on every system and in every email attachment. Accents lose their marks.
 */
export function genogramFileName(title: string): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
  return safe ? `genogram-${safe}.svg` : 'genogram.svg'
}
