/**
 * The emulator's own signature verification primitives (canonical requests, HMACs, SM3). Not API: may change
 * without notice.
 */
package dev.migsdk.testkit.internal;
