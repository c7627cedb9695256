/* a·B for libsodium's Ed25519 signing (key pairs and the nonce point R) in the web
   build, computed from B itself by libsodium's constant-time variable-base
   multiplication instead of its 30 KB table of precomputed multiples of B: the web
   app signs only the demo's cards, and the table was a sixth of the module's data.
   cmake/third_party.cmake renames the table-based function of ed25519_ref10.c so that
   the linker leaves it and its table out; the signatures are the same bytes
   (tests/e2e verifies a card the demo signed, natively libsodium signs as shipped). */
#include "private/ed25519_ref10.h"

void ge25519_scalarmult_base(ge25519_p3* h, const unsigned char* a) {
    /* B = (x, 4/5) with x positive: 0x58 then thirty-one 0x66 (RFC 8032 5.1). */
    static const unsigned char encoded[32] = {0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
                                              0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
                                              0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};
    ge25519_p3 base;
    ge25519_frombytes(&base, encoded);
    ge25519_scalarmult(h, a, &base); /* same precondition as the table's: a[31] <= 127 */
}
