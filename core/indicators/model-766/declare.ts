// Mô hình chỉ số 766 (the Decision 766 index as thidua knows it): what one declaration of a group and its metrics
// says. Each group is written once, in its own file of this folder (ckmb.ts …), and ./index.ts lists them; codes,
// response readers, formulas, «what it would take», what drags, the built-in set qd766-xa and the popup derive
// from these declarations, never from a table of their own.

/** The six groups as dichvucong.gov.vn shows them now (DOMAIN §1, §6). */
export type Group766 = 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDHL' | 'MDSH';

/** How the portal scores a rate (the formulas themselves: ../formulas-766.ts). */
export type RateFormulaId = 'ty-le' | 'ty-le-tran' | 'hai-long-tthc' | 'pakn' | 'du-tu-80';

/**
 * Who can move a figure: the unit by its own work, or the province (DOMAIN §11: the publication metrics carry the
 * province's numerator and denominator for every unit). A declaration is what the decision assigns; a capture with
 * many units can show it (./index.ts `moverOf`).
 */
export type Mover = 'unit' | 'province';

/**
 * What it would take (../what-it-takes.ts): `share` — more in the numerator over the same denominator (max × n ÷ d);
 * `progress` — each new dossier settled on time adds to both counts (20 × on time ÷ received).
 */
export type Takes = 'share' | 'progress';

/**
 * What a figure's numerator and denominator count, as officers say them: the words of a fall's cause and of every
 * action (core/watch/drags.ts, ../what-it-takes.ts) — what is done («hồ sơ giải quyết đúng hạn»), out of what («hồ sơ
 * tiếp nhận»), what falls short («hồ sơ quá hạn»). `from`: for a group whose tree gives its counts beside its score
 * rather than as its numerator and denominator, the codes of the declared counts (`fields`) they are read from.
 */
export interface Counts {
  done: string;
  all: string;
  short: string;
  from?: { done: string; all: string };
}

/** A figure a group's tree response gives beside its score, read as a count under `code`. */
export interface FieldDeclaration {
  /** The field as the response spells it (totalReceived). */
  field: string;
  code: string;
  /** Vietnamese, as officers read it. */
  label: string;
}

/** A criterion of the built-in set qd766-xa: a metric's rate scored by its formula, or a part with none of its own. */
export interface CriterionDeclaration {
  title: string;
  /** The metric it scores (its ratio is cross-checked with the portal's); absent for a part the portal does not list. */
  metric?: string;
  /** Points, when not the metric's. */
  max?: number;
  /** The formula, when not the metric's; `manual` where none is known (the portal's score is typed in). */
  formula?: RateFormulaId | 'manual';
  /** Said beside the criterion («Cách tính», what is not known). */
  note: string;
}

export interface MetricDeclaration {
  /** thidua's code: stored, exported and linked from criteria; never renamed. */
  code: string;
  /** The portal's codes for it as the responses spell them (metrics[].code); else matched by its label. */
  portalCodes?: readonly string[];
  /** Vietnamese, as the portal words it. */
  label: string;
  /** Other wordings of the portals (matched without diacritics). */
  aliases?: readonly string[];
  max: number;
  formula?: RateFormulaId;
  movedBy: Mover;
  takes?: Takes;
  counts: Counts;
}

export interface GroupDeclaration {
  code: Group766;
  label: string;
  aliases?: readonly string[];
  max: number;
  /** The endpoint of the 766 page's API the group comes from (POST …/reporting/evaluation/<endpoint>). */
  endpoint: string;
  /** How its answer is laid out (DOMAIN §6): `metrics` — overview/evaluation with metrics[]; `tree` — parent/children. */
  shape: 'metrics' | 'tree';
  /**
   * How the group's own score is worked out: the sum of its metrics, its own formula (read by its response type),
   * or none known.
   */
  score: 'sum' | 'progress' | 'payment' | 'unknown';
  movedBy: Mover;
  takes?: Takes;
  /** What the group's own figures count, and a metric of it not declared yet. */
  counts: Counts;
  metrics: readonly MetricDeclaration[];
  /**
   * How a metric of this group no declaration names yet is scored (the responses keep it under `<group>_<portal code>`),
   * until it is declared.
   */
  undeclared?: { formula: RateFormulaId; takes?: Takes };
  /** Counts its tree answer gives, read as they come. */
  fields?: readonly FieldDeclaration[];
  /** Figures its answers give that thidua does not read, each with why. */
  unread?: Readonly<Record<string, string>>;
  criteria: readonly CriterionDeclaration[];
}

/** The notes of the built-in set's criteria: where the formulas come from, and what officers confirm. */
export const PUBLIC_FORMULA = 'Công thức công khai: công cụ mã nguồn mở dựng lại từ số liệu cả tỉnh năm 2026, khớp điểm Cổng đến 0,015 [public code].';
export const TO_CONFIRM = 'Chỉ tiêu và điểm tối đa theo các công cụ công khai, chưa đối chiếu văn bản hướng dẫn — cán bộ xác nhận với Cổng.';

/** A group as its file writes it, its literal types kept. */
export function defineGroup<const G extends GroupDeclaration>(group: G): G {
  return group;
}

/*
Made for: issue 47 item 1 — «each group and metric of the index declared once (code, the portal's codes, label,
group, maximum, formula, who can move it, what it would take), one file per group».
*/
