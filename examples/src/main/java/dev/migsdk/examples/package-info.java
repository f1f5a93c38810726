/**
 * Small runnable programs, one per operation plus stop-then-delete, error handling and async bulk deletion.
 * Each runs against the embedded {@link dev.migsdk.testkit.MigrationEmulator} when started without arguments,
 * so it works without a cloud account; given an id (and, where needed, a region) it calls the real service
 * with the default credentials chain. The {@code cli} subpackage holds the {@code migsdk} command line.
 */
package dev.migsdk.examples;
