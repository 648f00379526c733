// Whether a text is Vietnamese: it holds letters only Vietnamese writes (the marked vowels and đ). Asked of help,
// messages and notices officers read.
export const VIETNAMESE = /[àáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹăâđêôơư]/i;
