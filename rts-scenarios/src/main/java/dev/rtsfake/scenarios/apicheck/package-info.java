/**
 * Reads the public API surface of compiled classes (a jar, an AAR or a classes folder) with ASM and
 * compares two surfaces: the machinery behind {@code rts-sim check-api} and the API record tests.
 *
 * <pre>{@code
 * PackageFilter sdkPackages = PackageFilter.of("com.ss.bytertc.rts.engine");
 * ApiSurface sdk = ApiSurface.read(Path.of("rts-sdk.aar"), sdkPackages);
 * ApiSurface ours = ApiSurface.read(ClassFiles.locationOf(RTS.class), sdkPackages);
 * for (ApiDifference d : ApiComparison.compare("the SDK", sdk, "rts-api", ours)) {
 *     System.out.println(d);
 * }
 * }</pre>
 */
package dev.rtsfake.scenarios.apicheck;
