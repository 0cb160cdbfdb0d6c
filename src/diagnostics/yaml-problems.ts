/**
 * The YAML parser's own messages (in English, and in its terms: "compact mappings",
 * "block-seq-ind") said in Vietnamese, in the terms of someone typing a plan, each
 * with what to do. Matched on the parser's code and words; one it does not know
 * keeps the parser's English after a Vietnamese lead-in.
 */
export interface YamlProblem {
  readonly vi: string;
  readonly en: string;
}

const TABLE: ReadonlyArray<{ readonly code?: string; readonly words: RegExp; readonly vi: string; readonly en: string }> = [
  { code: 'TAB_AS_INDENT', words: /tab/i, vi: 'dòng được thụt lề bằng phím Tab — YAML chỉ nhận dấu cách; thay Tab bằng 2 dấu cách', en: 'a line is indented with Tab — YAML takes spaces only; replace the Tab with 2 spaces' },
  { words: /block-seq-ind/, vi: 'dấu "-" của danh sách đứng cùng dòng với khóa — xuống dòng trước "- " và thụt lề sâu hơn khóa', en: 'a list dash stands on the line of its key — start "- " on a new line, indented under the key' },
  { words: /Nested mappings are not allowed in compact mappings/, vi: 'giá trị có dấu ": " nên bị đọc thành một khối lồng — đặt giá trị trong ngoặc kép, hoặc viết dạng khối (>-) ở dòng dưới', en: 'the value holds ": " and reads as a nested mapping — quote the value, or write it as a block (>-) below' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', words: /block sequence/, vi: 'một danh sách đứng ở chỗ của khóa — kiểm tra thụt lề của dòng này', en: 'a list stands where a key should — check this line\'s indentation' },
  { code: 'BAD_INDENT', words: /mapping items must start at the same column/, vi: 'các khóa cùng cấp không thẳng cột — thụt lề chúng bằng nhau (so với dòng trên)', en: 'keys of one level do not line up — indent them alike (compare with the line above)' },
  { code: 'BAD_INDENT', words: /sequence items must start at the same column/, vi: 'các mục "- " của một danh sách không thẳng cột — thụt lề chúng bằng nhau', en: 'the "- " items of one list do not line up — indent them alike' },
  { code: 'BAD_INDENT', words: /./, vi: 'thụt lề không khớp với khối chứa nó — so với các dòng cùng cấp ở trên', en: 'the indentation does not match its block — compare with the lines of the same level above' },
  { code: 'MISSING_CHAR', words: /closing "?quote|Missing closing/, vi: 'thiếu dấu ngoặc kép đóng — thêm " ở cuối giá trị (dòng mở ngoặc là dòng này)', en: 'a closing quote is missing — add " at the end of the value (opened on this line)' },
  { code: 'MISSING_CHAR', words: /Implicit map keys need to be followed by map values/, vi: 'dòng có khóa mà thiếu dấu ":" — viết "khóa: giá trị", hoặc nối dòng này vào văn bản ở trên', en: 'a key without ":" — write "key: value", or join this line to the text above' },
  { code: 'MISSING_CHAR', words: /Missing , (or : )?between/, vi: 'thiếu dấu phẩy giữa các mục trong [ … ] hoặc { … }', en: 'a comma is missing between the items in [ … ] or { … }' },
  { code: 'MISSING_CHAR', words: /Comments must be separated/, vi: 'dấu # phải cách chữ đứng trước bằng một dấu cách (nếu # là chữ của văn bản, đặt giá trị trong ngoặc kép)', en: '# needs a space before it (if # belongs to the text, quote the value)' },
  { code: 'MISSING_CHAR', words: /Sequence item without - indicator/, vi: 'mục danh sách thiếu dấu "- " ở đầu', en: 'a list item lacks its leading "- "' },
  { code: 'MISSING_CHAR', words: /Missing space after :/, vi: 'thiếu dấu cách sau ":"', en: 'a space is missing after ":"' },
  { code: 'MULTILINE_IMPLICIT_KEY', words: /./, vi: 'khóa phải nằm trọn trên một dòng — thường do dòng trên thụt lề sai, hoặc văn bản dài chưa viết dạng khối (>-)', en: 'a key must stay on one line — usually the line above is mis-indented, or long text is not written as a block (>-)' },
  { code: 'UNEXPECTED_TOKEN', words: /Unexpected , in/, vi: 'thừa dấu phẩy trong [ … ] hoặc { … }', en: 'an extra comma in [ … ] or { … }' },
  { code: 'UNEXPECTED_TOKEN', words: /Unexpected empty item/, vi: 'mục rỗng trong [ … ] (hai dấu phẩy liền nhau?)', en: 'an empty item in [ … ] (two commas in a row?)' },
  { code: 'BAD_SCALAR_START', words: /./, vi: 'giá trị không được bắt đầu bằng ký tự này (@, `, %, …) — đặt giá trị trong ngoặc kép', en: 'a value cannot start with this character (@, `, %, …) — quote the value' },
  { code: 'BAD_DQ_ESCAPE', words: /./, vi: 'trong ngoặc kép, dấu \\ phải viết \\\\ — hoặc dùng ngoặc đơn \'…\'', en: 'inside double quotes a \\ must be written \\\\ — or use single quotes' },
  { code: 'MULTIPLE_DOCS', words: /./, vi: 'tệp có nhiều tài liệu YAML (dòng ---) — mỗi tệp một văn bản', en: 'the file holds several YAML documents (--- lines) — one document a file' },
  { code: 'UNEXPECTED_TOKEN', words: /./, vi: 'có ký tự không đúng chỗ — thường do thụt lề sai hoặc thiếu ngoặc kép quanh giá trị có ": ", "#", "[" hay "{"', en: 'something stands out of place — usually wrong indentation, or a value with ": ", "#", "[" or "{" left unquoted' },
];

/** The parser's problem in the user's words; undefined when it is none of the known ones. */
export function yamlProblem(code: string, message: string): YamlProblem | undefined {
  const hit = TABLE.find((t) => (t.code === undefined || t.code === code) && t.words.test(message));
  return hit ? { vi: hit.vi, en: hit.en } : undefined;
}
