package com.chatter;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the feature packages honest: no cycles, and no module reaching into another one's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ChatterApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
