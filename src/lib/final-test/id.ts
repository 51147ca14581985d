/**
 * The final test's id (its attempts are stored in the progress table under it, like a lesson's)
 * and its sandbox. Small on purpose: the certificate can import it without the test's content.
 */
export const FINAL_TEST_ID = 'kiem-tra-cuoi-khoa/bai-kiem-tra';
export const FINAL_TEST_SANDBOX = `lesson:${FINAL_TEST_ID}`;
