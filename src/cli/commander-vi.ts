import { Help } from 'commander';

/**
 * commander's own words inside the columns of a help ("[options]", "default:"),
 * put in Vietnamese before it measures and wraps them, so the columns stay aligned.
 * Subcommands inherit it (copyInheritedSettings).
 */
export const VIETNAMESE_HELP: Partial<Help> = {
  subcommandTerm(this: Help, cmd) {
    return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[tùy chọn]');
  },
  commandUsage(this: Help, cmd) {
    return Help.prototype.commandUsage.call(this, cmd).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
  },
  optionDescription(this: Help, option) {
    return inVietnamese(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument) {
    return inVietnamese(Help.prototype.argumentDescription.call(this, argument));
  },
};

const inVietnamese = (description: string) => description.replace('(choices: ', '(chọn: ').replace('default: ', 'mặc định: ');

/**
 * What commander writes outside the columns: the headings around them, and its
 * errors for a command line it cannot take (each message of commander 14 that
 * vanban's commands can meet; anything else keeps its English after "lỗi:").
 */
export function localizeHelp(text: string): string {
  return text
    .replace(/^Usage:/gm, 'Cách dùng:')
    .replace(/^Options:/gm, 'Tùy chọn:')
    .replace(/^Commands:/gm, 'Lệnh:')
    .replace(/^Arguments:/gm, 'Đối số:')
    .replace(/^error: unknown command '(.*)'/m, "lỗi: không có lệnh '$1'")
    .replace(/^error: unknown option '(.*)'/m, "lỗi: không có tùy chọn '$1'")
    .replace(/^error: missing required argument '(.*)'/m, "lỗi: thiếu đối số '$1'")
    .replace(/^error: option '(.*)' argument missing/m, "lỗi: tùy chọn '$1' thiếu giá trị")
    .replace(/^error: required option '(.*)' not specified/m, "lỗi: thiếu tùy chọn bắt buộc '$1'")
    .replace(/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\./m,
      (_, command: string | undefined, expected: string, got: string) => `lỗi: thừa đối số${command ? ` cho lệnh '${command}'` : ''}: cần ${expected}, có ${got}.`)
    .replace(/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./m, "lỗi: tùy chọn '$1' không nhận giá trị '$2'; chọn một trong: $3.")
    .replace(/^\(Did you mean one of (.*)\?\)/m, '(Có phải là một trong: $1?)')
    .replace(/^\(Did you mean (.*)\?\)/m, '(Có phải là $1?)')
    .replace(/^error: /gm, 'lỗi: ');
}
