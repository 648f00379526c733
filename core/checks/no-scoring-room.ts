// Không còn chỗ ghi cột chấm điểm: the unit's sheet holds values or formulas up to Excel's last columns, so the scored
// copy cannot add its columns right of everything the unit filled. Nothing is written over the unit's cells; the
// scores stand in the summary, and the officer is told why the copy's sheet has no scoring columns.
import { hasScoringRoom, SCORING_COLUMNS } from '../report/schema.js';
import { columnLetter } from '../text.js';
import { defineCheck } from './define.js';

export default defineCheck({
  id: 'no-scoring-room',
  severity: 'warning',
  title: 'Không còn chỗ ghi cột chấm điểm',
  titleEn: 'No room for the scoring columns',
  description:
    'Trang báo cáo có dữ liệu hoặc công thức đến gần cột cuối của Excel (XFD): bản chấm không ghi cột chấm điểm vào trang này để không đè lên ô đơn vị đã điền; điểm vẫn có ở Tổng hợp.',
  run({ report }) {
    if (hasScoringRoom(report)) return [];
    const last = columnLetter(report.lastColumn);
    return [
      {
        message: `Trang «${report.sheet}» có dữ liệu hoặc công thức đến cột ${last}: không còn ${SCORING_COLUMNS} cột trống bên phải để ghi cột chấm điểm, nên bản chấm không ghi vào trang này (điểm vẫn có ở Tổng hợp); hãy xoá các ô thừa bên phải bảng rồi chấm lại`,
        details: { lastColumn: last },
      },
    ];
  },
});

// Made for issue 35 item 6: 16,384 formulas on the row under a report — thidua read 256 columns, took IX31:JA31 as
// empty and wrote its own cells over them; it now reads every column the sheet uses and writes over none.
