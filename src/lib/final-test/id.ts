/** The final test's id: its progress is stored under it, its sandbox is `lesson:<id>`. */
export const FINAL_TEST_SANDBOX = 'lesson:kiem-tra-cuoi-khoa/bai-kiem-tra';
