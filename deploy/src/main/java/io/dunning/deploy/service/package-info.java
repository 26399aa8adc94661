/** The services, each run as a child JVM from its executable jar, with its output prefixed by its name. */
package io.dunning.deploy.service;
