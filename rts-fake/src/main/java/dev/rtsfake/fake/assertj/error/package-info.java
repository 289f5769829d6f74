/**
 * The error message factories of the rts-fake assertions: one class per kind of failure, each
 * writing the message in AssertJ's house grammar ("Expecting ... but ..."), with what was actually
 * recorded listed. Tests of the assertions build their expected messages with these factories.
 */
package dev.rtsfake.fake.assertj.error;
