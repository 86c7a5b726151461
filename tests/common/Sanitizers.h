#pragma once
// Whether this test binary runs under AddressSanitizer (the asan preset): everything is several
// times slower and freed memory stays resident, so some rows relax or shrink there.

namespace AuthDoctor::Test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

} // namespace AuthDoctor::Test
