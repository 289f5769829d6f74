/**
 * A small chat client written the way an app team writes one on the RTS SDK ({@link
 * dev.rtsfake.scenarios.client.example.ChatClient}), and the adapter that lets scenario files drive
 * it ({@link dev.rtsfake.scenarios.client.example.ChatClientAdapter}, {@code client: example-chat}).
 * Copy the adapter for your own client.
 */
package dev.rtsfake.scenarios.client.example;
