import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source-file.js';
import { formatHuman } from '../../src/diagnostics/format-human.js';

/** What a user sees for a broken file: the parser's problem in Vietnamese, with what to do. */
const said = (text: string, lang: 'vi' | 'en' = 'vi') => {
  const { diagnostics } = parseSource('x.yaml', text);
  return formatHuman(diagnostics, { lang, color: false, sources: new Map() }).split('\n')[0]!;
};

describe("the YAML parser's messages, said in Vietnamese with a hint", () => {
  it('the three the issue names: a Tab, a dash on the key\'s line, a value holding ": "', () => {
    // A Tab the file parses without, indented as meant, is one finding of its own (load/indent-repair.ts).
    expect(said('kind: plan\ndocument:\n\tissuer: X\n')).toBe('x.yaml:3:1 lỗi [yaml-indent] Lỗi thụt lề: dòng này thụt lề bằng phím Tab — YAML chỉ nhận dấu cách; thay phần thụt lề bằng 2 dấu cách (như các dòng cùng cấp ở trên). Phần còn lại của tệp được kiểm tra như sau khi sửa');
    // One it cannot mend so is the parser's own.
    expect(said('kind: plan\ndocument:\n\tissuer: a: b\n')).toMatch(/x\.yaml:3:1 lỗi \[yaml-syntax\] Lỗi cú pháp YAML: dòng được thụt lề bằng phím Tab/);
    expect(said('kind: plan\nsections: - a\n')).toMatch(/Lỗi cú pháp YAML: dấu "-" của danh sách đứng cùng dòng với khóa — xuống dòng trước "- "/);
    expect(said('kind: plan\nagencies: a: b\n')).toMatch(/Lỗi cú pháp YAML: giá trị có dấu ": " nên bị đọc thành một khối lồng — đặt giá trị trong ngoặc kép/);
  });
  it('others a plan meets: an unclosed quote, list items out of line, a missing comma; English with --lang en', () => {
    expect(said('kind: plan\nsubject: "Kế hoạch\n')).toMatch(/x\.yaml:2:\d+ .*thiếu dấu ngoặc kép đóng/);
    expect(said('a:\n    b: 1\n  c: 2\n')).toMatch(/x\.yaml:3:1 lỗi \[yaml-indent\] Lỗi thụt lề: dòng này thụt 2 dấu cách, các dòng cùng cấp ở trên thụt 4 — thêm 2 dấu cách/);
    expect(said('a:\n  - x\n - y\n')).toMatch(/x\.yaml:3:1 .*thụt 1 dấu cách, các dòng cùng cấp ở trên thụt 2 — thêm 1 dấu cách/);
    expect(said('a:\n  - x\n - y\n', 'en')).toMatch(/indented 1 space, the lines of its level above 2 — add 1/);
    expect(said('a: [x, y\n')).toMatch(/Lỗi cú pháp YAML: [a-zđ]/);
    expect(said('kind: plan\ndocument:\n\tissuer: a: b\n', 'en')).toMatch(/YAML syntax error: a line is indented with Tab/);
  });
});
