/* The three helpers of libsodium's utils.c that its Ed25519 ref10 and SHA-512
   sources call, for the web build, which compiles only those sources
   (cmake/third_party.cmake): constant-time comparisons and a wipe the compiler
   keeps. */
#include <stddef.h>

void sodium_memzero(void* const pnt, const size_t len) {
    volatile unsigned char* p = (volatile unsigned char*)pnt;
    for (size_t i = 0; i < len; i++) p[i] = 0U;
}

int sodium_memcmp(const void* const b1_, const void* const b2_, size_t len) {
    const volatile unsigned char* b1 = (const volatile unsigned char*)b1_;
    const volatile unsigned char* b2 = (const volatile unsigned char*)b2_;
    unsigned char d = 0U;
    for (size_t i = 0; i < len; i++) d |= b1[i] ^ b2[i];
    return (1 & ((d - 1) >> 8)) - 1;
}

int sodium_is_zero(const unsigned char* n, const size_t nlen) {
    volatile unsigned char d = 0U;
    for (size_t i = 0; i < nlen; i++) d |= n[i];
    return 1 & ((d - 1) >> 8);
}
