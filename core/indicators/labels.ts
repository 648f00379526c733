// How officers name the fields of the portal indicator file (tệp chỉ số cổng DVC, the extension's export) and of
// a saved column mapping (ánh xạ cột), for the messages that refuse one: "bản ghi thứ 2, chỉ số thứ 1 (mã
// «TONG_SCORE»), trường «Giá trị»: phải là số" rather than snapshots[1].indicators[0].value.
import type { FieldLabels } from '../schema-messages.js';

export const INDICATOR_EXPORT_LABELS: FieldLabels = {
  fields: {
    format: 'Định dạng',
    version: 'Phiên bản',
    exportedAt: 'Thời điểm xuất',
    snapshots: 'Bản ghi',
    portal: 'Cổng',
    pageType: 'Loại trang',
    url: 'Địa chỉ trang',
    capturedAt: 'Thời điểm lấy',
    contentHash: 'Mã nội dung',
    unit: 'Đơn vị',
    name: 'Tên',
    code: 'Mã',
    group: 'Nhóm',
    level: 'Cấp đơn vị',
    rank: 'Thứ hạng',
    rankOutOf: 'Số đơn vị được xếp hạng',
    rankOf: 'Xếp hạng trong',
    tied: 'Đồng hạng',
    period: 'Kỳ',
    kind: 'Loại kỳ',
    year: 'Năm',
    quarter: 'Quý',
    month: 'Tháng',
    from: 'Từ ngày',
    to: 'Đến ngày',
    label: 'Tên gọi',
    cumulative: 'Lũy kế',
    indicators: 'Chỉ số',
    value: 'Giá trị',
    max: 'Tối đa',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    ratio: 'Tỷ lệ',
    computed: 'Điểm tính lại',
    missingGroups: 'Nhóm chưa chụp',
    totalMismatches: 'Tổng điểm không khớp các nhóm',
    day: 'Ngày số liệu',
    total: 'Tổng điểm',
    groupsAddedUp: 'Các nhóm cộng lại',
    groups: 'Số nhóm',
    difference: 'Chênh lệch',
    words: 'Lời nhắc',
  },
  items: { snapshots: 'bản ghi', indicators: 'chỉ số', missingGroups: 'nhóm chưa chụp', totalMismatches: 'đơn vị có tổng điểm không khớp' },
};

export const GENERIC_MAPPING_LABELS: FieldLabels = {
  fields: { unitColumn: 'Cột tên đơn vị', columns: 'Các cột chỉ số', header: 'Tiêu đề cột', code: 'Mã chỉ số', unit: 'Đơn vị tính' },
  items: { columns: 'cột chỉ số' },
};

// Made for issue 24 item 7: the add-in, the command line and the extension refuse a wrong indicator file, and a
// page refuses a broken saved mapping, in the same Vietnamese words (core/schema-messages.ts), naming fields
// as officers know them.
