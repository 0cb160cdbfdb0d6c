// A SYNTHETIC province for benchmarks: every name, task and number below is made
// up (fabricated), built only to have the size of a real one — 40 departments,
// 200 districts and 3,321 communes, the communes reached only through groups.
//
//   node bench/synthetic-province.mjs DIR [PERCENT]
//
// writes DIR/tinh-mau.agencies.yaml and DIR/tinh-mau.yaml. PERCENT (default 100)
// scales every count, for the linearity runs (10 %, 50 %, 100 %).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FULL = { departments: 40, districts: 200, communes: 3321 };

export function writeSyntheticProvince(dir, percent = 100) {
  const n = (x) => Math.max(1, Math.round((x * percent) / 100));
  // At least three departments: a task led by two of them and supported by a third.
  const counts = { departments: Math.max(3, n(FULL.departments)), districts: n(FULL.districts), communes: n(FULL.communes) };
  const agencies = [
    { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Mẫu', short: 'UBND tỉnh', kind: 'issuer' },
  ];
  for (let i = 1; i <= counts.departments; i++) {
    agencies.push({ id: `so-mau-${i}`, name: `Sở Mẫu số ${i}`, kind: 'member', parent: 'ubnd-tinh' });
  }
  for (let i = 1; i <= counts.districts; i++) {
    agencies.push({ id: `ubnd-huyen-mau-${i}`, name: `Ủy ban nhân dân huyện Mẫu ${i}`, short: `UBND huyện Mẫu ${i}`, kind: 'district' });
  }
  for (let i = 1; i <= counts.communes; i++) {
    const district = ((i - 1) % counts.districts) + 1;
    agencies.push({
      id: `ubnd-xa-mau-${i}`, name: `Ủy ban nhân dân xã Mẫu ${i}`, short: `UBND xã Mẫu ${i}`, kind: 'commune', parent: `ubnd-huyen-mau-${district}`,
    });
  }
  agencies.push(
    { id: 'cac-so-nganh', name: 'Các sở, ban, ngành tỉnh', short: 'các sở, ban, ngành', kind: 'group', includes: ['member'] },
    { id: 'ubnd-cac-huyen', name: 'Ủy ban nhân dân các huyện', short: 'UBND các huyện', kind: 'group', includes: ['district'] },
    { id: 'ubnd-cac-xa', name: 'Ủy ban nhân dân các xã', short: 'UBND các xã', kind: 'group', includes: ['commune'] },
  );

  const so = (i) => `so-mau-${((i - 1) % counts.departments) + 1}`;
  const task = (id, i, extra) => ({
    id,
    text: `Nhiệm vụ mẫu số ${i}: tổ chức thực hiện nội dung mẫu của kế hoạch, bảo đảm đúng tiến độ và chất lượng (dữ liệu tổng hợp, không có thật).`,
    ...extra,
  });
  const sections = [];
  let k = 0;
  for (let s = 1; s <= 4; s++) {
    const tasks = [];
    for (let t = 1; t <= 6; t++) {
      k++;
      const shape = k % 4;
      tasks.push(task(`nhiem-vu-${k}`, k,
        shape === 0 ? { lead: [so(k)], support: ['cac-so-nganh', 'ubnd-cac-huyen'], deadline: `2025-${String(((k % 12) + 1)).padStart(2, '0')}-15` }
          : shape === 1 ? { lead: [so(k)], support: ['ubnd-cac-xa'] }
            : shape === 2 ? { performers: ['ubnd-cac-huyen', 'ubnd-cac-xa'], conjunction: 'and' }
              : { lead: [so(k), so(k + 1)], support: [so(k + 2)] }));
    }
    sections.push({ id: `nhom-nhiem-vu-${s}`, title: `Nhóm nhiệm vụ mẫu ${s}`, tasks });
  }
  const plan = {
    kind: 'plan',
    version: 1,
    agencies: 'tinh-mau.agencies.yaml',
    document: {
      type: 'KH', issuer: 'ỦY BAN NHÂN DÂN TỈNH MẪU', issuer_code: 'UBND', number: 99, place: 'Mẫu', date: '2025-01-10',
      subject: 'Thực hiện nhiệm vụ mẫu năm 2025 (dữ liệu tổng hợp để đo hiệu năng)', period: { from: '2025-01-01', to: '2025-12-31' },
    },
    basis: {
      layout: 'inline',
      documents: [{ relation: 'implementing', type: 'KH', number: '1/KH-MAU', date: '2024-12-20', issuer: 'Cơ quan Trung ương Mẫu', about: 'về nhiệm vụ mẫu năm 2025' }],
      conclusion: 'Ủy ban nhân dân tỉnh Mẫu ban hành Kế hoạch thực hiện như sau:',
    },
    sections: [
      {
        id: 'muc-tieu', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'objectives',
        items: [{ id: 'muc-dich', role: 'objective', text: 'Bảo đảm các cơ quan, đơn vị thực hiện đầy đủ nhiệm vụ mẫu (dữ liệu tổng hợp).' }],
      },
      { id: 'nhiem-vu', title: 'NHIỆM VỤ VÀ PHÂN CÔNG', role: 'tasks', sections },
    ],
    recipients: ['Các sở, ban, ngành tỉnh', 'UBND các huyện, xã'],
    archive: ['VT'],
    signature: { collective: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Người Ký Mẫu' },
  };
  mkdirSync(dir, { recursive: true });
  const header = '# DỮ LIỆU TỔNG HỢP (synthetic, fabricated) — tỉnh không có thật, chỉ để đo hiệu năng.\n';
  writeFileSync(join(dir, 'tinh-mau.agencies.yaml'), header + 'kind: agencies\nversion: 1\nagencies:\n' + agencies.map(yamlAgency).join(''));
  writeFileSync(join(dir, 'tinh-mau.yaml'), header + JSON.stringify(plan, null, 1) + '\n');
  return { ...counts, agencies: counts.departments + counts.districts + counts.communes };
}

/** One registry entry as a YAML flow map (JSON is YAML; names hold no quotes). */
function yamlAgency(a) {
  return `  - ${JSON.stringify(a)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, percent] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/synthetic-province.mjs DIR [PERCENT]');
    process.exit(2);
  }
  console.log(JSON.stringify(writeSyntheticProvince(dir, Number(percent ?? 100))));
}
