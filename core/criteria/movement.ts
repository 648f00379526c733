// Phong trào (the movement) a set is of, as its own words name it: the papers award it and the report template is titled
// by it — a set of another movement (Cần Thơ's cashless payments) is not the digital one's.

/** The movement a set that names none is taken to be: thidua's own. */
export const DEFAULT_MOVEMENT = 'phong trào thi đua chuyển đổi số';

/**
 * The movement as the set's plan («Trích yếu») or its title names it, from «phong trào» on, cut where the words say
 * where or when it is held: «Kế hoạch … Phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030” trên địa bàn xã Ta Ma
 * (tháng 6/2023)» → «phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030”»; a title in capitals is lowered.
 * undefined when neither names one: a set of another movement (Cần Thơ's cashless payments) printed as the digital
 * movement's would award the wrong movement.
 */
export function namedMovement(set: { title: string; legalBasis: { title: string } }): string | undefined {
  for (const text of [set.legalBasis.title, set.title]) {
    const at = text.search(/phong\s+trào\s/iu);
    if (at < 0) continue;
    const name = text
      .slice(at)
      .split(/\s+(?:trên địa bàn|tại|của (?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố))\s|[(;:\n]/iu)[0]!
      .replace(/\s+năm\s+\d{4}\s*$/iu, '')
      .replace(/[\s.,–-]+$/u, '')
      .replace(/\s+/gu, ' ');
    // «phong trào» and at least two words of its own: «Bảng điểm phong trào» names none.
    if (name.split(' ').length < 4) continue;
    const shown = name === name.toLocaleUpperCase('vi') ? name.toLocaleLowerCase('vi') : name;
    return `p${shown.slice(1)}`;
  }
  return undefined;
}

// Made for an officer's walk on Cần Thơ's Plan 157 scale: its papers awarded the digital-transformation movement.
