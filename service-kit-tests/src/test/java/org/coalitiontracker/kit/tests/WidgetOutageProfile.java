package org.coalitiontracker.kit.tests;

import java.util.ArrayList;
import java.util.List;

import org.coalitiontracker.testing.KafkaOutageProfile;

/** {@link KafkaOutageProfile}, which leaves the global test resources out, with the HTTP port they would have set. */
public class WidgetOutageProfile extends KafkaOutageProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(HttpPortResource.class));
        return resources;
    }
}
