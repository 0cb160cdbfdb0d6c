/**
 * Splitting "Công an tỉnh, Sở Lao động - Thương binh và Xã hội và các sở,
 * ngành, UBND các huyện, thành phố" into agencies: commas and "và" part the
 * names, but many names hold a comma or a "và" of their own. Known names — the
 * registry's, and the names every province's bodies share — are matched
 * first, longest first; the rest is parted at ", " and " và ".
 */

/** Names with a comma or "và" inside, as provinces write them (public names of provincial bodies and the usual groups). */
export const SHARED_NAMES: readonly string[] = [
  'các sở, ban, ngành, đoàn thể', 'các sở, ban, ngành', 'các sở, ngành thành viên', 'các sở, ngành', 'các sở, ban ngành',
  'các cơ quan, đơn vị, địa phương', 'các cơ quan, đơn vị', 'các sở, ban, ngành có liên quan', 'các sở, ngành liên quan',
  'UBND các huyện, thị xã, thành phố', 'UBND các huyện, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thành phố',
  'UBND các xã, phường, thị trấn', 'UBND các xã, phường',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Giáo dục và Đào tạo',
  'Sở Thông tin và Truyền thông', 'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Đài Phát thanh và Truyền hình', 'Bộ Lao động - Thương binh và Xã hội',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Ban Tuyên giáo Tỉnh ủy', 'Đài Phát thanh - Truyền hình',
  'Phòng Lao động - Thương binh và Xã hội',
];

const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export function agencySplitter(known: readonly string[]): (list: string) => string[] | undefined {
  const names = [...new Set([...known, ...SHARED_NAMES])].sort((a, b) => b.length - a.length).map((n) => ({ name: n, k: key(n) }));
  return (list: string) => {
    const out: string[] = [];
    let rest = list.trim();
    while (rest !== '') {
      const lower = key(rest);
      const hit = names.find((n) => lower.startsWith(n.k) && /^(?:$|,\s|\s+và\s|\s*;)/u.test(lower.slice(n.k.length)));
      let taken: string;
      if (hit) taken = rest.slice(0, hit.name.length);
      else {
        const stop = /,\s|\s+và\s/u.exec(rest);
        taken = stop ? rest.slice(0, stop.index) : rest;
      }
      out.push(taken.trim());
      rest = rest.slice(taken.length).replace(/^(?:,\s*|\s+và\s+|\s*;\s*)/u, '');
    }
    // A list with an empty name ("A, , B") is not a list vanban can print back.
    return out.every((n) => n !== '' && n.length <= 120) ? out : undefined;
  };
}
