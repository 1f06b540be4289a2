/**
 * The nonce the server wrote into this page for its Content-Security-Policy, the only way an inline
 * <style> element gets through it. Mantine puts it on its own elements through `getStyleNonce`; the
 * scroll lock under Mantine's modals (react-remove-scroll) writes one too and takes its nonce from the
 * `__webpack_nonce__` global, whatever the bundler.
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;

export const styleNonce = (): string => nonce;
